//@@ header
#include <stdio.h>
#include <stdlib.h>
//@@ helpers
//@@ doc_append
grid has N rows of N ints each. Returns a malloc'd array of *returnSize (= k) ints; the caller frees it.
//@@ signature
int *minPath(int **grid, int N, int k, int *returnSize) {
//@@ solution
    int i, j, x, y, min;
    for (i = 0; i < N; i++)
        for (j = 0; j < N; j++)
            if (grid[i][j] == 1) {
                x = i;
                y = j;
            }
    min = N * N;
    if (x > 0 && grid[x - 1][y] < min) min = grid[x - 1][y];
    if (x < N - 1 && grid[x + 1][y] < min) min = grid[x + 1][y];
    if (y > 0 && grid[x][y - 1] < min) min = grid[x][y - 1];
    if (y < N - 1 && grid[x][y + 1] < min) min = grid[x][y + 1];
    
    *returnSize = k;
    int *out = (int *)malloc(k * sizeof(int));
    for (i = 0; i < k; i++)
        if (i % 2 == 0) out[i] = 1;
        else out[i] = min;
    return out;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    { int grid0[] = {1, 2, 3}; int grid1[] = {4, 5, 6}; int grid2[] = {7, 8, 9}; int *grid[] = {grid0, grid1, grid2}; int sizes[] = {3, 3, 3}; int n = -1; int *out = minPath(grid, 3, 3, &n); assert(n == 3); assert(out[0] == 1); assert(out[1] == 2); assert(out[2] == 1); free(out); }
    { int grid0[] = {5, 9, 3}; int grid1[] = {4, 1, 6}; int grid2[] = {7, 8, 2}; int *grid[] = {grid0, grid1, grid2}; int sizes[] = {3, 3, 3}; int n = -1; int *out = minPath(grid, 3, 1, &n); assert(n == 1); assert(out[0] == 1); free(out); }
    { int grid0[] = {1, 2, 3, 4}; int grid1[] = {5, 6, 7, 8}; int grid2[] = {9, 10, 11, 12}; int grid3[] = {13, 14, 15, 16}; int *grid[] = {grid0, grid1, grid2, grid3}; int sizes[] = {4, 4, 4, 4}; int n = -1; int *out = minPath(grid, 4, 4, &n); assert(n == 4); assert(out[0] == 1); assert(out[1] == 2); assert(out[2] == 1); assert(out[3] == 2); free(out); }
    { int grid0[] = {6, 4, 13, 10}; int grid1[] = {5, 7, 12, 1}; int grid2[] = {3, 16, 11, 15}; int grid3[] = {8, 14, 9, 2}; int *grid[] = {grid0, grid1, grid2, grid3}; int sizes[] = {4, 4, 4, 4}; int n = -1; int *out = minPath(grid, 4, 7, &n); assert(n == 7); assert(out[0] == 1); assert(out[1] == 10); assert(out[2] == 1); assert(out[3] == 10); assert(out[4] == 1); assert(out[5] == 10); assert(out[6] == 1); free(out); }
    { int grid0[] = {8, 14, 9, 2}; int grid1[] = {6, 4, 13, 15}; int grid2[] = {5, 7, 1, 12}; int grid3[] = {3, 10, 11, 16}; int *grid[] = {grid0, grid1, grid2, grid3}; int sizes[] = {4, 4, 4, 4}; int n = -1; int *out = minPath(grid, 4, 5, &n); assert(n == 5); assert(out[0] == 1); assert(out[1] == 7); assert(out[2] == 1); assert(out[3] == 7); assert(out[4] == 1); free(out); }
    { int grid0[] = {11, 8, 7, 2}; int grid1[] = {5, 16, 14, 4}; int grid2[] = {9, 3, 15, 6}; int grid3[] = {12, 13, 10, 1}; int *grid[] = {grid0, grid1, grid2, grid3}; int sizes[] = {4, 4, 4, 4}; int n = -1; int *out = minPath(grid, 4, 9, &n); assert(n == 9); assert(out[0] == 1); assert(out[1] == 6); assert(out[2] == 1); assert(out[3] == 6); assert(out[4] == 1); assert(out[5] == 6); assert(out[6] == 1); assert(out[7] == 6); assert(out[8] == 1); free(out); }
    { int grid0[] = {12, 13, 10, 1}; int grid1[] = {9, 3, 15, 6}; int grid2[] = {5, 16, 14, 4}; int grid3[] = {11, 8, 7, 2}; int *grid[] = {grid0, grid1, grid2, grid3}; int sizes[] = {4, 4, 4, 4}; int n = -1; int *out = minPath(grid, 4, 12, &n); assert(n == 12); assert(out[0] == 1); assert(out[1] == 6); assert(out[2] == 1); assert(out[3] == 6); assert(out[4] == 1); assert(out[5] == 6); assert(out[6] == 1); assert(out[7] == 6); assert(out[8] == 1); assert(out[9] == 6); assert(out[10] == 1); assert(out[11] == 6); free(out); }
    { int grid0[] = {2, 7, 4}; int grid1[] = {3, 1, 5}; int grid2[] = {6, 8, 9}; int *grid[] = {grid0, grid1, grid2}; int sizes[] = {3, 3, 3}; int n = -1; int *out = minPath(grid, 3, 8, &n); assert(n == 8); assert(out[0] == 1); assert(out[1] == 3); assert(out[2] == 1); assert(out[3] == 3); assert(out[4] == 1); assert(out[5] == 3); assert(out[6] == 1); assert(out[7] == 3); free(out); }
    { int grid0[] = {6, 1, 5}; int grid1[] = {3, 8, 9}; int grid2[] = {2, 7, 4}; int *grid[] = {grid0, grid1, grid2}; int sizes[] = {3, 3, 3}; int n = -1; int *out = minPath(grid, 3, 8, &n); assert(n == 8); assert(out[0] == 1); assert(out[1] == 5); assert(out[2] == 1); assert(out[3] == 5); assert(out[4] == 1); assert(out[5] == 5); assert(out[6] == 1); assert(out[7] == 5); free(out); }
    { int grid0[] = {1, 2}; int grid1[] = {3, 4}; int *grid[] = {grid0, grid1}; int sizes[] = {2, 2}; int n = -1; int *out = minPath(grid, 2, 10, &n); assert(n == 10); assert(out[0] == 1); assert(out[1] == 2); assert(out[2] == 1); assert(out[3] == 2); assert(out[4] == 1); assert(out[5] == 2); assert(out[6] == 1); assert(out[7] == 2); assert(out[8] == 1); assert(out[9] == 2); free(out); }
    { int grid0[] = {1, 3}; int grid1[] = {3, 2}; int *grid[] = {grid0, grid1}; int sizes[] = {2, 2}; int n = -1; int *out = minPath(grid, 2, 10, &n); assert(n == 10); assert(out[0] == 1); assert(out[1] == 3); assert(out[2] == 1); assert(out[3] == 3); assert(out[4] == 1); assert(out[5] == 3); assert(out[6] == 1); assert(out[7] == 3); assert(out[8] == 1); assert(out[9] == 3); free(out); }
    return 0;
}
//@@ example_test
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed minPath.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
Hand: test by hand: the grid as an array of N row pointers.
Hand (C conventions): the test frees what it receives.
