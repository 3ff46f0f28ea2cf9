//@@ header
declare var require: any;
//@@ helpers
//@@ doc_append
//@@ signature
function stringToMd5(text: string): string | null {
//@@ solution
  if (text == '') { return null }
  const crypto = require('crypto')
  return crypto.createHash('md5').update(text).digest('hex')
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testStringToMd5 = () => {
  assert.ok(
    stringToMd5('Hello world') === '3e25960a79dbc69b674cd4ec67a72c62'
  )
  assert.ok(stringToMd5('') === null)
  assert.ok(stringToMd5('A B C') === '0ef78513b0cb8cef12743f5aeb35f888')
  assert.ok(stringToMd5('password') === '5f4dcc3b5aa765d61d8327deb882cf99')
}

testStringToMd5()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testStringToMd5 = () => {
  assert.ok(
    stringToMd5('Hello world') === '3e25960a79dbc69b674cd4ec67a72c62'
  )
}
testStringToMd5()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
Hand fix: MD5 from node's built-in crypto module instead of the npm package js-md5 (no npm dependency); `declare var require: any;` in the header.
