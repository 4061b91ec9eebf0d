export * from './china-time'
export * from './workdays'
export * from './office-hours'
export * from './completion'
