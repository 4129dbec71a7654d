// Placeholder until the wizard stream is built in this session.
export {};
