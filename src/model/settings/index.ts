export * from './lessons';
export * from './limits';
export * from './linkCodec';
export * from './linkFields';
export * from './schema';
