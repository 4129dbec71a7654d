-- Hand-written (drizzle-kit cannot express partitioning); its snapshot is the schema drizzle-kit sees afterwards.
-- The event log becomes a table partitioned by time, so that retention drops whole partitions instead of
-- deleting rows (src/realtime/partitions.ts creates the partitions ahead and drops them). The rows already
-- there are kept: the old table becomes the partition of everything before this migration, and is dropped
-- whole once all of it is older than EVENT_RETENTION.
ALTER TABLE "events" RENAME TO "events_legacy";--> statement-breakpoint
DROP INDEX "events_created_at_idx";--> statement-breakpoint
ALTER TABLE "events_legacy" DROP CONSTRAINT "events_topic_seq_pk";--> statement-breakpoint
CREATE TABLE "events" (
	"topic" text NOT NULL,
	"seq" bigint NOT NULL,
	"payload" jsonb NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "events_topic_seq_created_at_pk" PRIMARY KEY("topic","seq","created_at")
) PARTITION BY RANGE ("created_at");
--> statement-breakpoint
-- Takes the rows no other partition covers, so a write never fails for want of a partition (the server's
-- clock past the last one, say). Normally empty; retention deletes its old rows.
CREATE TABLE "events_default" PARTITION OF "events" DEFAULT;--> statement-breakpoint
-- The old table covers everything before this migration began. Rows an instance stamped later than that
-- (its clock ahead of the database's) go to the default partition, so that the bound holds.
INSERT INTO "events" SELECT "topic", "seq", "payload", "created_at" FROM "events_legacy" WHERE "created_at" >= now();--> statement-breakpoint
DELETE FROM "events_legacy" WHERE "created_at" >= now();--> statement-breakpoint
-- Builds the new primary key's index on the old rows.
ALTER TABLE "events" ATTACH PARTITION "events_legacy" FOR VALUES FROM (MINVALUE) TO (now());
