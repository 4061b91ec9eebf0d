/** Policy calculators (我哪年退休, 失业金能领几个月): rules as data, plain functions, no Taro. */
export * from './rules'
export * from './retirement'
export * from './unemployment-benefit'
export * from './reminders'
export * from './guide-links'
export { chinaMonthAt, type MonthIndex } from './year-month'
