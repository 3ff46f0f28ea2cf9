//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function cycpatternCheck(a: string, b: string): boolean {
//@@ solution
  let l = b.length
  let pat = b + b
  for (let i = 0; i < a.length - l + 1; i++) {
    for (let j = 0; j < l + 1; j++) {
      let y = 1
      for (let k = 0; k < l; k++) {
        if (a[i + k] != pat[j + k]) { y = 0 }
      }
      if (y == 1) {
        return true
      }
    }
  }
  return false
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testCycpatternCheck = () => {
  assert.ok(cycpatternCheck('xyzw', 'xyw') === false)
  assert.ok(cycpatternCheck('yello', 'ell') === true)
  assert.ok(cycpatternCheck('whattup', 'ptut') === false)
  assert.ok(cycpatternCheck('efef', 'fee') === true)
  assert.ok(cycpatternCheck('abab', 'aabb') === false)
  assert.ok(cycpatternCheck('winemtt', 'tinem') === true)
}

testCycpatternCheck()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testCycpatternCheck = () => {
  assert.ok(cycpatternCheck('abcd', 'abd') === false)
  assert.ok(cycpatternCheck('hello', 'ell') === true)
  assert.ok(cycpatternCheck('whassup', 'psus') === false)
  assert.ok(cycpatternCheck('abab', 'baa') === true)
  assert.ok(cycpatternCheck('efef', 'eeff') === false)
  assert.ok(cycpatternCheck('himenss', 'simen') === true)
}
testCycpatternCheck()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
