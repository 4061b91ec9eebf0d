/** weapp: SHA-256 by @noble/hashes (WeChat's engine has no Web Crypto). H5: sha256.h5.ts. */
export { nobleSha256 as platformSha256 } from '../domain/region-data/sha256-noble'
