//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function sortNumbers(numbers: string): string {
//@@ solution
  const value_map = {
    'zero': 0,
    'one': 1,
    'two': 2,
    'three': 3,
    'four': 4,
    'five': 5,
    'six': 6,
    'seven': 7,
    'eight': 8,
    'nine': 9
  };
  return numbers.split(' ')
          .filter(x => x != '')
          .sort((a, b) => value_map[a] - value_map[b])
          .join(' ');
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testSortNumbers = () => {
  assert.ok(sortNumbers('') === '')
  assert.ok(sortNumbers('three') === 'three')
  assert.ok(sortNumbers('three five nine') === 'three five nine')
  assert.ok(
    sortNumbers(
      'five zero four seven nine eight') === 'zero four five seven eight nine'
  )
  assert.ok(
    sortNumbers(
      'six five four three two one zero') === 'zero one two three four five six'
  )
}

testSortNumbers()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testSortNumbers = () => {
  assert.ok(sortNumbers('three one five') === 'one three five')
}
testSortNumbers()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
