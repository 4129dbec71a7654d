import { expect, it } from 'vitest';
import { revocationsTopic } from '../src/auth/sessions-topic';
import { accessTopic, conversationTopic } from '../src/domains/conversations/conversations.events';
import { dashboardTopic } from '../src/domains/dashboard/dashboard.events';
import { notificationsTopic } from '../src/domains/notifications/notifications.events';
import { allOrdersTopic, customerOrdersTopic, orderTopic, partnerOrdersTopic } from '../src/domains/orders/orders.events';
import { ownerUploadsTopic, uploadTopic } from '../src/domains/uploads/uploads.events';
import { wizardTopic } from '../src/domains/wizard/wizard.events';
import { defineTopic, type Topic } from '../src/realtime/topics';

const ID = '00000000-0000-4000-8000-000000000000';

// Stored events, cursors handed out (they carry the tag) and the other instances' channels depend on
// these: each topic's name, key and tag for ID, as they were before the domains declared their own topics.
const BEFORE: [(id: string) => Topic, string, string][] = [
  [notificationsTopic, 'notifications', 'Y2epc1vt'],
  [wizardTopic, 'wizard', 'O7GhESNM'],
  [dashboardTopic, 'dashboard', 'H7Wpwg3T'],
  [conversationTopic, 'conversation', '4Xx5mGzP'],
  [orderTopic, 'order', 'Ju-gsmX6'],
  [customerOrdersTopic, 'orders-customer', 'dm4_BJWU'],
  [partnerOrdersTopic, 'orders-partner', 'HNeVuh1t'],
  [allOrdersTopic, 'orders-all', 'VOeolyqu'],
  [uploadTopic, 'upload', 'pgruvDQd'],
  [ownerUploadsTopic, 'uploads-owner', 'lxSlv9q3'],
  [accessTopic, 'access', 'GM435Cox'],
];

it('keeps every topic its name, `<name>:<id>` key and cursor tag', () => {
  for (const [topicOf, name, tag] of BEFORE) expect(topicOf(ID)).toEqual({ key: `${name}:${ID}`, domain: name, tag });
});

it('has one revocations topic for the deployment, `sessions:all`, which carries no cursor anyone keeps', () => {
  expect(revocationsTopic.key).toBe('sessions:all');
});

it('refuses a second definition of a name, which the type checker lets through when its events are the same type', () => {
  expect(() => defineTopic('notifications')).toThrow('The topic name notifications is defined twice.');
});
