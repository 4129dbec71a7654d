// Placeholder until the dashboard stream is built in this session.
export {};
