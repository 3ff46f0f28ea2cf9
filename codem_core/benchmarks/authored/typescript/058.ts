//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function common(l1: number[], l2: number[]): number[] {
//@@ solution
  var ret = new Set<number>();
  for (const e1 of l1)
    for (const e2 of l2)
      if (e1 == e2)
        ret.add(e1);
  return [...ret].sort((a, b) => a - b);
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testCommon = () => {
  assert.ok(
    JSON.stringify(common([1, 4, 3, 34, 653, 2, 5], [5, 7, 1, 5, 9, 653, 121]))
     === JSON.stringify([1, 5, 653])
  )
  assert.ok(
    JSON.stringify(common([5, 3, 2, 8], [3, 2]))
     === JSON.stringify([2, 3])
  )
  assert.ok(
    JSON.stringify(common([4, 3, 2, 8], [3, 2, 4])) ===
      JSON.stringify([2, 3, 4])
  )
  assert.ok(
    JSON.stringify(common([4, 3, 2, 8], [])) === JSON.stringify([])
  )
}

testCommon()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testCommon = () => {
  assert.ok(
    JSON.stringify(common([1, 4, 3, 34, 653, 2, 5], [5, 7, 1, 5, 9, 653, 121]))
     === JSON.stringify([1, 5, 653])
  )
  assert.ok(
    JSON.stringify(common([5, 3, 2, 8], [3, 2]))
     === JSON.stringify([2, 3])
  )
}
testCommon()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
Hand fix: Set typed; JS's default (lexicographic) sort replaced by a numeric sort, which HumanEval intends.
