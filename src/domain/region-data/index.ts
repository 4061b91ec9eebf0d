export * from './cache-policy'
export * from './integrity'
export * from './loader'
