//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function filterBySubstring(strings: string[], substring: string): string[] {
//@@ solution
  return strings.filter(x => x.indexOf(substring) != -1);
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testFilterBySubstring = () => {
  assert.ok(
    JSON.stringify(filterBySubstring([], 'john')) === JSON.stringify([])
  )
  assert.ok(
    JSON.stringify(
      filterBySubstring(
        ['xxx', 'asd', 'xxy', 'john doe', 'xxxAAA', 'xxx'],
        'xxx'
      )
    ) === JSON.stringify(['xxx', 'xxxAAA', 'xxx'])
  )
  assert.ok(
    JSON.stringify(
      filterBySubstring(
        ['xxx', 'asd', 'aaaxxy', 'john doe', 'xxxAAA', 'xxx'],
        'xx'
      )
    ) === JSON.stringify(['xxx', 'aaaxxy', 'xxxAAA', 'xxx'])
  )
  assert.ok(
    JSON.stringify(
      filterBySubstring(['grunt', 'trumpet', 'prune', 'gruesome'], 'run')
    ) === JSON.stringify(['grunt', 'prune'])
  )
}

testFilterBySubstring()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testFilterBySubstring = () => {
  assert.ok(
    JSON.stringify(filterBySubstring([], 'a')) === JSON.stringify([])
  )
  assert.ok(
    JSON.stringify(
      filterBySubstring(
        ['abc', 'bacd', 'cde', 'array'], 'a'
      )
    ) === JSON.stringify(['abc', 'bacd', 'array'])
  )
}
testFilterBySubstring()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
