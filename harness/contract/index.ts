export * from './kinds.ts';
export * from './failure.ts';
export * from './decision.ts';
export * from './context.ts';
export * from './handler.ts';
export * from './client.ts';
export * from './native.ts';
export * from './command.ts';
