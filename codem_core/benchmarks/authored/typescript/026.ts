//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function removeDuplicates(numbers: number[]): number[] {
//@@ solution
  var dict = new Object();
  for (const num of numbers) {
    if (num in dict) {
      dict[num] += 1;
    } else {
      dict[num] = 1;
    }
  }
  return numbers.filter(x => dict[x] <= 1);
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testRemoveDuplicates = () => {
  assert.ok(JSON.stringify(removeDuplicates([])) === JSON.stringify([]))
  assert.ok(
    JSON.stringify(removeDuplicates([1, 2, 3, 4])) ===
      JSON.stringify([1, 2, 3, 4])
  )
  assert.ok(
    JSON.stringify(removeDuplicates([1, 2, 3, 2, 4, 3, 5])) ===
      JSON.stringify([1, 4, 5])
  )
}

testRemoveDuplicates()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testRemoveDuplicates = () => {
  assert.ok(
    JSON.stringify(removeDuplicates([1, 2, 3, 2,4])) ===
      JSON.stringify([1,3, 4])
  )
}
testRemoveDuplicates()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
