//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function specialFilter(nums: number[]): number {
//@@ solution
  let p = 0
  for (let i = 0; i < nums.length; i++) {
    if (nums[i] < 10) { continue }
    let y = nums[i].toString()
    if (Number(y[0]) % 2 == 1 && Number(y[y.length - 1]) % 2 == 1) {
      p++
    }
  }
  return p
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testSpecialFilter = () => {
  assert.ok(specialFilter([5, -2, 1, -5]) === 0)
  assert.ok(specialFilter([15, -73, 14, -15]) === 1)
  assert.ok(specialFilter([33, -2, -3, 45, 21, 109]) === 2)
  assert.ok(specialFilter([43, -12, 93, 125, 121, 109]) === 4)
  assert.ok(specialFilter([71, -2, -33, 75, 21, 19]) === 3)
  assert.ok(specialFilter([1]) === 0)
  assert.ok(specialFilter([]) === 0)
}

testSpecialFilter()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testSpecialFilter = () => {
  assert.ok(specialFilter([15, -73, 14, -15]) === 1)
  assert.ok(specialFilter([33, -2, -3, 45, 21, 109]) === 2)
}
testSpecialFilter()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
