//@@ header
#include <stdio.h>
//@@ helpers
//@@ doc_append
grid has rows rows of cols ints each.
//@@ signature
int max_fill(int **grid, int rows, int cols, int capacity) {
//@@ solution
    int out = 0;
    for (int i = 0; i < rows; i++) {
        int sum = 0;
        for (int j = 0; j < cols; j++)
            sum += grid[i][j];
        if (sum > 0) out += (sum + capacity - 1) / capacity;
    }
    return out;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    { int grid0[] = {0, 0, 1, 0}; int grid1[] = {0, 1, 0, 0}; int grid2[] = {1, 1, 1, 1}; int *grid[] = {grid0, grid1, grid2}; int sizes[] = {4, 4, 4}; assert(max_fill(grid, 3, 4, 1) == 6); }
    { int grid0[] = {0, 0, 1, 1}; int grid1[] = {0, 0, 0, 0}; int grid2[] = {1, 1, 1, 1}; int grid3[] = {0, 1, 1, 1}; int *grid[] = {grid0, grid1, grid2, grid3}; int sizes[] = {4, 4, 4, 4}; assert(max_fill(grid, 4, 4, 2) == 5); }
    { int grid0[] = {0, 0, 0}; int grid1[] = {0, 0, 0}; int *grid[] = {grid0, grid1}; int sizes[] = {3, 3}; assert(max_fill(grid, 2, 3, 5) == 0); }
    { int grid0[] = {1, 1, 1, 1}; int grid1[] = {1, 1, 1, 1}; int *grid[] = {grid0, grid1}; int sizes[] = {4, 4}; assert(max_fill(grid, 2, 4, 2) == 4); }
    { int grid0[] = {1, 1, 1, 1}; int grid1[] = {1, 1, 1, 1}; int *grid[] = {grid0, grid1}; int sizes[] = {4, 4}; assert(max_fill(grid, 2, 4, 9) == 2); }
    return 0;
}
//@@ example_test
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed max_fill.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
Hand: test by hand: the grid as an array of row pointers.
