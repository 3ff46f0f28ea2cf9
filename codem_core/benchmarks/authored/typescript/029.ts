//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function filterByPrefix(strings: string[], prefix: string): string[] {
//@@ solution
  return strings.filter(x => x.startsWith(prefix));
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testFilterByPrefix = () => {
  assert.ok(JSON.stringify(filterByPrefix(['axxx', 'xxxa', 'xx'], 'xxx')) === JSON.stringify(['xxxa']))
  assert.ok(
    JSON.stringify(filterByPrefix([], 'john')) === JSON.stringify([])
  )
  assert.ok(
    JSON.stringify(
      filterByPrefix(['xxx', 'asd', 'xxy', 'john doe', 'xxxAAA', 'xxx'], 'xxx')
    ) === JSON.stringify(['xxx', 'xxxAAA', 'xxx'])
  )
}

testFilterByPrefix()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testFilterByPrefix = () => {
  assert.ok(
    JSON.stringify(filterByPrefix([], 'a')) === JSON.stringify([])
  )
  assert.ok(
    JSON.stringify(
      filterByPrefix(['abc', 'bcd', 'cde', 'array'], 'a')
    ) === JSON.stringify(['abc', 'array'])
  )
}
testFilterByPrefix()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
Hand: test strengthened (audit): HumanEval's cases also pass a substring filter (task 7); added a case where the substring is not a prefix.
