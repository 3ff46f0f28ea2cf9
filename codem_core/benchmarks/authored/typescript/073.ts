//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function smallestChange(arr: number[]): number {
//@@ solution
  var ans = 0;
  for (let i = 0; i < Math.floor(arr.length / 2); i++)
    if (arr[i] != arr.at(-i - 1))
      ans++;
  return ans;
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testSmallestChange = () => {
  assert.ok(smallestChange([1, 2, 3, 5, 4, 7, 9, 6]) === 4)
  assert.ok(smallestChange([1, 2, 3, 4, 3, 2, 2]) === 1)
  assert.ok(smallestChange([1, 4, 2]) === 1)
  assert.ok(smallestChange([1, 4, 4, 2]) === 1)
  assert.ok(smallestChange([1, 2, 3, 2, 1]) === 0)
  assert.ok(smallestChange([3, 1, 1, 3]) === 0)
  assert.ok(smallestChange([1]) === 0)
  assert.ok(smallestChange([0, 1]) === 1)
}

testSmallestChange()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testSmallestChange = () => {
  assert.ok(smallestChange([1, 2, 3, 5, 4, 7, 9, 6]) === 4)
  assert.ok(smallestChange([1, 2, 3, 4, 3, 2, 2]) === 1)
  assert.ok(smallestChange([1, 2, 3, 2, 1]) === 0)
  assert.ok(smallestChange([3, 1, 1, 3]) === 0)
}
testSmallestChange()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
