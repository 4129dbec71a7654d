// Placeholder until the orders stream is built in this session.
export {};
