/**
 * Which platform this build is for, for code that only needs to know (tests, logs).
 *
 * Branches in this folder test `(process.env.TARO_ENV) === 'h5'` inline instead of importing these
 * flags: after DefinePlugin the condition is a literal, so webpack drops the other platform's code
 * from each bundle (Taro's weapp minifier does not inline imported constants). The parentheses
 * matter in Jest, where test-utils rewrites `process.env.TARO_ENV` textually to
 * `process.env.TARO_ENV_JEST || process.env.TARO_ENV`.
 */
// prettier-ignore
export const TARO_ENV: string = (process.env.TARO_ENV)

export const IS_H5 = TARO_ENV === 'h5'
export const IS_WEAPP = TARO_ENV === 'weapp'
