//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function strangeSortList(lst: number[]): number[] {
//@@ solution
  var res = [], sw = true;
  while (lst.length) {
    res.push(sw ? Math.min(...lst) : Math.max(...lst));
    lst.splice(lst.indexOf(res.at(-1)), 1);
    sw = !sw;
  }
  return res;
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testStrangeSortList = () => {
  assert.ok(
    JSON.stringify(strangeSortList([1, 2, 3, 4])) ===
      JSON.stringify([1, 4, 2, 3])
  )
  assert.ok(
    JSON.stringify(strangeSortList([5, 6, 7, 8, 9])) ===
      JSON.stringify([5, 9, 6, 8, 7])
  )
  assert.ok(
    JSON.stringify(strangeSortList([1, 2, 3, 4, 5])) ===
      JSON.stringify([1, 5, 2, 4, 3])
  )
  assert.ok(
    JSON.stringify(strangeSortList([5, 6, 7, 8, 9, 1])) ===
      JSON.stringify([1, 9, 5, 8, 6, 7])
  )
  assert.ok(
    JSON.stringify(strangeSortList([5, 5, 5, 5])) ===
      JSON.stringify([5, 5, 5, 5])
  )
  assert.ok(JSON.stringify(strangeSortList([])) === JSON.stringify([]))
  assert.ok(
    JSON.stringify(strangeSortList([1, 2, 3, 4, 5, 6, 7, 8])) ===
      JSON.stringify([1, 8, 2, 7, 3, 6, 4, 5])
  )
  assert.ok(
    JSON.stringify(strangeSortList([0, 2, 2, 2, 5, 5, -5, -5])) ===
      JSON.stringify([-5, 5, -5, 5, 0, 2, 2, 2])
  )
  assert.ok(
    JSON.stringify(strangeSortList([111111])) === JSON.stringify([111111])
  )
}

testStrangeSortList()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testStrangeSortList = () => {
  assert.ok(
    JSON.stringify(strangeSortList([1, 2, 3, 4])) ===
      JSON.stringify([1, 4, 2, 3])
  )
  assert.ok(
    JSON.stringify(strangeSortList([5, 5, 5, 5])) ===
      JSON.stringify([5, 5, 5, 5])
  )
  assert.ok(JSON.stringify(strangeSortList([])) === JSON.stringify([]))
}
testStrangeSortList()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
