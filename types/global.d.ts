/// <reference types="@tarojs/taro" />

declare module '*.png'
declare module '*.scss'

declare namespace NodeJS {
  interface ProcessEnv {
    TARO_ENV: 'weapp' | 'h5'
    TARO_APP_ID?: string
    TARO_APP_DATA_ORIGIN?: string
  }
}
