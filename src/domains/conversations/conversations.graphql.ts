// Placeholder until the conversations stream is built in this session.
export {};
