//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function parseNestedParens(paren_string: string): number[] {
//@@ solution
  var parseParenGroup = function (s) {
    let depth = 0, max_depth = 0;
    for (const c of s) {
      if (c == '(') {
        depth += 1;
        max_depth = Math.max(max_depth, depth);
      } else {
        depth -= 1;
      }
    }
    return max_depth;
  }
  return paren_string.split(' ')
          .filter(x => x != '')
          .map(x => parseParenGroup(x));
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testParseNestedParens = () => {
  assert.ok(
    JSON.stringify(parseNestedParens('(()()) ((())) () ((())()())')) ===
      JSON.stringify([2, 3, 1, 3])
  )
  assert.ok(
    JSON.stringify(parseNestedParens('() (()) ((())) (((())))')) ===
      JSON.stringify([1, 2, 3, 4])
  )
  assert.ok(
    JSON.stringify(parseNestedParens('(()(())((())))')) === JSON.stringify([4])
  )
}

testParseNestedParens()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testParseNestedParens = () => {
  assert.ok(
    JSON.stringify(parseNestedParens('(()()) ((())) () ((())()())')) ===
      JSON.stringify([2, 3, 1, 3])
  )
}
testParseNestedParens()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
