//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function totalMatch(lst1: string[], lst2: string[]): string[] {
//@@ solution
  var l1 = lst1.reduce(((prev, item) => prev + item.length), 0);
  var l2 = lst2.reduce(((prev, item) => prev + item.length), 0);
  if (l1 <= l2)
    return lst1;
  else
    return lst2;
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testTotalMatch = () => {
  assert.ok(JSON.stringify(totalMatch([], [])) === JSON.stringify([]))
  assert.ok(
    JSON.stringify(totalMatch(['hi', 'admin'], ['hi', 'hi'])) ===
      JSON.stringify(['hi', 'hi'])
  )
  assert.ok(
    JSON.stringify(
      totalMatch(['hi', 'admin'], ['hi', 'hi', 'admin', 'project'])
    ) === JSON.stringify(['hi', 'admin'])
  )
  assert.ok(
    JSON.stringify(totalMatch(['4'], ['1', '2', '3', '4', '5'])) ===
      JSON.stringify(['4'])
  )
  assert.ok(
    JSON.stringify(totalMatch(['hi', 'admin'], ['hI', 'Hi'])) ===
      JSON.stringify(['hI', 'Hi'])
  )
  assert.ok(
    JSON.stringify(totalMatch(['hi', 'admin'], ['hI', 'hi', 'hi'])) ===
      JSON.stringify(['hI', 'hi', 'hi'])
  )
  assert.ok(
    JSON.stringify(totalMatch(['hi', 'admin'], ['hI', 'hi', 'hii'])) ===
      JSON.stringify(['hi', 'admin'])
  )
  assert.ok(
    JSON.stringify(totalMatch([], ['this'])) === JSON.stringify([])
  )
  assert.ok(
    JSON.stringify(totalMatch(['this'], [])) === JSON.stringify([])
  )
}

testTotalMatch()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testTotalMatch = () => {
  assert.ok(JSON.stringify(totalMatch([], [])) === JSON.stringify([]))
  assert.ok(
    JSON.stringify(
      totalMatch(['hi', 'admin'], ['hi', 'hi', 'admin', 'project'])
    ) === JSON.stringify(['hi', 'admin'])
  )
  assert.ok(
    JSON.stringify(totalMatch(['4'], ['1', '2', '3', '4', '5'])) ===
      JSON.stringify(['4'])
  )
  assert.ok(
    JSON.stringify(totalMatch(['hi', 'admin'], ['hI', 'Hi'])) ===
      JSON.stringify(['hI', 'Hi'])
  )
  assert.ok(
    JSON.stringify(totalMatch(['hi', 'admin'], ['hI', 'hi', 'hi'])) ===
      JSON.stringify(['hI', 'hi', 'hi'])
  )
}
testTotalMatch()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
