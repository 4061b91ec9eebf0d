export * from './eligibility-answers'
export * from './envelope'
export * from './keys'
export * from './lists'
