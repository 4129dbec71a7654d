CREATE TABLE "notification_unread_counts" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"unread" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "notification_unread_counts" ADD CONSTRAINT "notification_unread_counts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- The counts of the notifications that exist already.
INSERT INTO "notification_unread_counts" ("user_id", "unread")
SELECT "user_id", count(*) FROM "notifications" WHERE "read_at" IS NULL GROUP BY "user_id";
