//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function minSubArraySum(nums: number[]): number {
//@@ solution
  let min = nums[0]
  for (let i = 0; i < nums.length; i++) {
    for (let j = i + 1; j <= nums.length; j++) {
      let s = 0;
      for (let k = i; k < j; k++) {
        s += nums[k]
      }
      if (s < min) { min = s }
    }
  }
  return min
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testMinSubArraySum = () => {
  assert.ok(minSubArraySum([2, 3, 4, 1, 2, 4]) === 1)
  assert.ok(minSubArraySum([-1, -2, -3]) === -6)
  assert.ok(minSubArraySum([-1, -2, -3, 2, -10]) === -14)
  assert.ok(minSubArraySum([-9999999999999999]) === -9999999999999999)
  assert.ok(minSubArraySum([0, 10, 20, 1000000]) === 0)
  assert.ok(minSubArraySum([-1, -2, -3, 10, -5]) === -6)
  assert.ok(minSubArraySum([100, -1, -2, -3, 10, -5]) === -6)
  assert.ok(minSubArraySum([10, 11, 13, 8, 3, 4]) === 3)
  assert.ok(minSubArraySum([100, -33, 32, -1, 0, -2]) === -33)
  assert.ok(minSubArraySum([-10]) === -10)
  assert.ok(minSubArraySum([7]) === 7)
  assert.ok(minSubArraySum([1, -1]) === -1)
}

testMinSubArraySum()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testMinSubArraySum = () => {
  assert.ok(minSubArraySum([2, 3, 4, 1, 2, 4]) === 1)
  assert.ok(minSubArraySum([-1, -2, -3]) === -6)
}
testMinSubArraySum()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
