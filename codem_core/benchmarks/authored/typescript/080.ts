//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function isHappy(s: string): boolean {
//@@ solution
  if (s.length < 3)
    return false;
  for (let i = 0; i < s.length - 2; i++)
    if (s[i] == s[i+1] || s[i+1] == s[i+2] || s[i] == s[i+2])
      return false;
  return true;
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testIsHappy = () => {
  assert.ok(isHappy('a') === false)
  assert.ok(isHappy('aa') === false)
  assert.ok(isHappy('abcd') === true)
  assert.ok(isHappy('aabb') === false)
  assert.ok(isHappy('adb') === true)
  assert.ok(isHappy('xyy') === false)
  assert.ok(isHappy('iopaxpoi') === true)
  assert.ok(isHappy('iopaxioi') === false)
}

testIsHappy()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testIsHappy = () => {
  assert.ok(isHappy('a') === false)
  assert.ok(isHappy('aa') === false)
  assert.ok(isHappy('abcd') === true)
  assert.ok(isHappy('aabb') === false)
  assert.ok(isHappy('adb') === true)
  assert.ok(isHappy('xyy') === false)
}
testIsHappy()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
