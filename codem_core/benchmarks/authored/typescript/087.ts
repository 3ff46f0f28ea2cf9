//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function getRow(lst: number[][], x: number): [number, number][] {
//@@ solution
  let t: [number, number][] = []
  for (let i = 0; i < lst.length; i++) {
    for (let j = lst[i].length - 1; j >= 0; j--) {
      if (lst[i][j] == x) {
        t.push([i, j])
      }
    }
  }
  return t
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testGetRow = () => {
  assert.ok(
    JSON.stringify(
      getRow(
        [
          [1, 2, 3, 4, 5, 6],
          [1, 2, 3, 4, 1, 6],
          [1, 2, 3, 4, 5, 1],
        ],
        1
      )
    ) === JSON.stringify([[0, 0], [1, 4], [1, 0], [2, 5], [2, 0]])
  )
  assert.ok(
    JSON.stringify(
      getRow(
        [
          [1, 2, 3, 4, 5, 6],
          [1, 2, 3, 4, 5, 6],
          [1, 2, 3, 4, 5, 6],
          [1, 2, 3, 4, 5, 6],
          [1, 2, 3, 4, 5, 6],
          [1, 2, 3, 4, 5, 6],
        ],
        2
      )
    ) === JSON.stringify([[0, 1], [1, 1], [2, 1], [3, 1], [4, 1], [5, 1]])
  )
  assert.ok(
    JSON.stringify(
      getRow(
        [
          [1, 2, 3, 4, 5, 6],
          [1, 2, 3, 4, 5, 6],
          [1, 1, 3, 4, 5, 6],
          [1, 2, 1, 4, 5, 6],
          [1, 2, 3, 1, 5, 6],
          [1, 2, 3, 4, 1, 6],
          [1, 2, 3, 4, 5, 1],
        ],
        1
      )
    ) ===
    JSON.stringify([
      [0, 0],
      [1, 0],
      [2, 1],
      [2, 0],
      [3, 2],
      [3, 0],
      [4, 3],
      [4, 0],
      [5, 4],
      [5, 0],
      [6, 5],
      [6, 0],
    ])
  )
  assert.ok(JSON.stringify(getRow([], 1)) === JSON.stringify([]))
  assert.ok(JSON.stringify(getRow([[1]], 2)) === JSON.stringify([]))
  assert.ok(
    JSON.stringify(getRow([[], [1], [1, 2, 3]], 3)) === JSON.stringify([[2, 2]])
  )
}

testGetRow()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testGetRow = () => {
  assert.ok(
    JSON.stringify(
      getRow(
        [
          [1, 2, 3, 4, 5, 6],
          [1, 2, 3, 4, 1, 6],
          [1, 2, 3, 4, 5, 1],
        ],
        1
      )
    ) === JSON.stringify([[0, 0], [1, 4], [1, 0], [2, 5], [2, 0]])
  )
  assert.ok(JSON.stringify(getRow([], 1)) === JSON.stringify([]))
  assert.ok(
    JSON.stringify(getRow([[], [1], [1, 2, 3]], 3)) === JSON.stringify([[2, 2]])
  )
}
testGetRow()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
Hand fix: upstream JS pushed (i, j) - the comma operator, i.e. j alone - and its test compared against (0, 0)-style comma expressions, which console.assert never enforced; coordinates are now [row, col] pairs in solution and test.
