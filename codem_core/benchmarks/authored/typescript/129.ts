//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function minPath(grid: number[][], k: number): number[] {
//@@ solution
  let m = 0
  let n = 0
  for (let i = 0; i < grid.length; i++) {
    for (let j = 0; j < grid.length; j++) {
      if (grid[i][j] == 1) {
        m = i;
        n = j;
        break;
      }
    }
  }
  let min = grid.length * grid.length
  if (m > 0 && grid[m - 1][n] < min) { min = grid[m - 1][n] }
  if (n > 0 && grid[m][n - 1] < min) { min = grid[m][n - 1] }
  if (m < grid.length - 1 && grid[m + 1][n] < min) { min = grid[m + 1][n] }
  if (n < grid.length - 1 && grid[m][n + 1] < min) { min = grid[m][n + 1] }
  let p = []
  for (let i = 0; i < k; i++) {
    if (i % 2 == 0) { p.push(1) }
    else { p.push(min) }
  }
  return p
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testMinPath = () => {
  assert.ok(
    JSON.stringify(
      minPath(
        [
          [1, 2, 3],
          [4, 5, 6],
          [7, 8, 9],
        ],
        3
      )
    ) === JSON.stringify([1, 2, 1])
  )
  assert.ok(
    JSON.stringify(
      minPath(
        [
          [5, 9, 3],
          [4, 1, 6],
          [7, 8, 2],
        ],
        1
      )
    ) === JSON.stringify([1])
  )
  assert.ok(
    JSON.stringify(
      minPath(
        [
          [1, 2, 3, 4],
          [5, 6, 7, 8],
          [9, 10, 11, 12],
          [13, 14, 15, 16],
        ],
        4
      )
    ) === JSON.stringify([1, 2, 1, 2])
  )
  assert.ok(
    JSON.stringify(
      minPath(
        [
          [6, 4, 13, 10],
          [5, 7, 12, 1],
          [3, 16, 11, 15],
          [8, 14, 9, 2],
        ],
        7
      )
    ) === JSON.stringify([1, 10, 1, 10, 1, 10, 1])
  )
  assert.ok(
    JSON.stringify(
      minPath(
        [
          [8, 14, 9, 2],
          [6, 4, 13, 15],
          [5, 7, 1, 12],
          [3, 10, 11, 16],
        ],
        5
      )
    ) === JSON.stringify([1, 7, 1, 7, 1])
  )
  assert.ok(
    JSON.stringify(
      minPath(
        [
          [11, 8, 7, 2],
          [5, 16, 14, 4],
          [9, 3, 15, 6],
          [12, 13, 10, 1],
        ],
        9
      )
    ) === JSON.stringify([1, 6, 1, 6, 1, 6, 1, 6, 1])
  )
  assert.ok(
    JSON.stringify(
      minPath(
        [
          [12, 13, 10, 1],
          [9, 3, 15, 6],
          [5, 16, 14, 4],
          [11, 8, 7, 2],
        ],
        12
      )
    ) === JSON.stringify([1, 6, 1, 6, 1, 6, 1, 6, 1, 6, 1, 6])
  )
  assert.ok(
    JSON.stringify(
      minPath(
        [
          [2, 7, 4],
          [3, 1, 5],
          [6, 8, 9],
        ],
        8
      )
    ) === JSON.stringify([1, 3, 1, 3, 1, 3, 1, 3])
  )
  assert.ok(
    JSON.stringify(
      minPath(
        [
          [6, 1, 5],
          [3, 8, 9],
          [2, 7, 4],
        ],
        8
      )
    ) === JSON.stringify([1, 5, 1, 5, 1, 5, 1, 5])
  )
  assert.ok(
    JSON.stringify(
      minPath(
        [
          [1, 2],
          [3, 4],
        ],
        10
      )
    ) === JSON.stringify([1, 2, 1, 2, 1, 2, 1, 2, 1, 2])
  )
  assert.ok(
    JSON.stringify(
      minPath(
        [
          [1, 3],
          [4, 2],
        ],
        10
      )
    ) === JSON.stringify([1, 3, 1, 3, 1, 3, 1, 3, 1, 3])
  )
}

testMinPath()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testMinPath = () => {
  assert.ok(
    JSON.stringify(
      minPath(
        [
          [1, 2, 3],
          [4, 5, 6],
          [7, 8, 9],
        ],
        3
      )
    ) === JSON.stringify([1, 2, 1])
  )
  assert.ok(
    JSON.stringify(
      minPath(
        [
          [5, 9, 3],
          [4, 1, 6],
          [7, 8, 2],
        ],
        1
      )
    ) === JSON.stringify([1])
  )
}
testMinPath()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
