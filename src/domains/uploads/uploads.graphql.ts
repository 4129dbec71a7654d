// Placeholder until the uploads stream is built in this session.
export {};
