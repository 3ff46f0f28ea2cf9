//@@ header
#include <stdio.h>
#include <stdlib.h>
//@@ helpers
//@@ doc_append
lst has lst_size rows; row i has row_sizes[i] ints.
The returned array and each coordinate in it (a malloc'd array of 2 ints {row, column}) are allocated with malloc; the caller frees them.
The number of coordinates is stored in *return_size.
//@@ signature
int **get_row(int **lst, int lst_size, int *row_sizes, int x, int *return_size) {
//@@ solution
    int total = 0;
    for (int i = 0; i < lst_size; i++) total += row_sizes[i];
    int **out = (int **)malloc((total > 0 ? total : 1) * sizeof(int *));
    int count = 0;
    for (int i = 0; i < lst_size; i++) {
        for (int j = row_sizes[i] - 1; j >= 0; j--) {
            if (lst[i][j] == x) {
                out[count] = (int *)malloc(2 * sizeof(int));
                out[count][0] = i;
                out[count][1] = j;
                count++;
            }
        }
    }
    *return_size = count;
    return out;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    { int lst0[] = {1, 2, 3, 4, 5, 6}; int lst1[] = {1, 2, 3, 4, 1, 6}; int lst2[] = {1, 2, 3, 4, 5, 1}; int *lst[] = {lst0, lst1, lst2}; int sizes[] = {6, 6, 6}; int n = -1; int **out = get_row(lst, 3, sizes, 1, &n); assert(n == 5); assert(out[0][0] == 0 && out[0][1] == 0); assert(out[1][0] == 1 && out[1][1] == 4); assert(out[2][0] == 1 && out[2][1] == 0); assert(out[3][0] == 2 && out[3][1] == 5); assert(out[4][0] == 2 && out[4][1] == 0); for (int k = 0; k < n; k++) free(out[k]); free(out); }
    { int lst0[] = {1, 2, 3, 4, 5, 6}; int lst1[] = {1, 2, 3, 4, 5, 6}; int lst2[] = {1, 2, 3, 4, 5, 6}; int lst3[] = {1, 2, 3, 4, 5, 6}; int lst4[] = {1, 2, 3, 4, 5, 6}; int lst5[] = {1, 2, 3, 4, 5, 6}; int *lst[] = {lst0, lst1, lst2, lst3, lst4, lst5}; int sizes[] = {6, 6, 6, 6, 6, 6}; int n = -1; int **out = get_row(lst, 6, sizes, 2, &n); assert(n == 6); assert(out[0][0] == 0 && out[0][1] == 1); assert(out[1][0] == 1 && out[1][1] == 1); assert(out[2][0] == 2 && out[2][1] == 1); assert(out[3][0] == 3 && out[3][1] == 1); assert(out[4][0] == 4 && out[4][1] == 1); assert(out[5][0] == 5 && out[5][1] == 1); for (int k = 0; k < n; k++) free(out[k]); free(out); }
    { int lst0[] = {1, 2, 3, 4, 5, 6}; int lst1[] = {1, 2, 3, 4, 5, 6}; int lst2[] = {1, 1, 3, 4, 5, 6}; int lst3[] = {1, 2, 1, 4, 5, 6}; int lst4[] = {1, 2, 3, 1, 5, 6}; int lst5[] = {1, 2, 3, 4, 1, 6}; int lst6[] = {1, 2, 3, 4, 5, 1}; int *lst[] = {lst0, lst1, lst2, lst3, lst4, lst5, lst6}; int sizes[] = {6, 6, 6, 6, 6, 6, 6}; int n = -1; int **out = get_row(lst, 7, sizes, 1, &n); assert(n == 12); assert(out[0][0] == 0 && out[0][1] == 0); assert(out[1][0] == 1 && out[1][1] == 0); assert(out[2][0] == 2 && out[2][1] == 1); assert(out[3][0] == 2 && out[3][1] == 0); assert(out[4][0] == 3 && out[4][1] == 2); assert(out[5][0] == 3 && out[5][1] == 0); assert(out[6][0] == 4 && out[6][1] == 3); assert(out[7][0] == 4 && out[7][1] == 0); assert(out[8][0] == 5 && out[8][1] == 4); assert(out[9][0] == 5 && out[9][1] == 0); assert(out[10][0] == 6 && out[10][1] == 5); assert(out[11][0] == 6 && out[11][1] == 0); for (int k = 0; k < n; k++) free(out[k]); free(out); }
    {  int *lst[] = {NULL}; int sizes[] = {0}; int n = -1; int **out = get_row(lst, 0, sizes, 1, &n); assert(n == 0); for (int k = 0; k < n; k++) free(out[k]); free(out); }
    { int lst0[] = {1}; int *lst[] = {lst0}; int sizes[] = {1}; int n = -1; int **out = get_row(lst, 1, sizes, 2, &n); assert(n == 0); for (int k = 0; k < n; k++) free(out[k]); free(out); }
    { int lst0[] = {0}; int lst1[] = {1}; int lst2[] = {1, 2, 3}; int *lst[] = {lst0, lst1, lst2}; int sizes[] = {0, 1, 3}; int n = -1; int **out = get_row(lst, 3, sizes, 3, &n); assert(n == 1); assert(out[0][0] == 2 && out[0][1] == 2); for (int k = 0; k < n; k++) free(out[k]); free(out); }
    return 0;
}
//@@ example_test
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed get_row.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
Hand: test by hand: rows of different lengths as an array of row pointers plus row_sizes.
Hand (C conventions): solution sizes its result by the number of cells (LLM4Decompile assumed at most 100 matches).
Hand (C conventions): the test frees what it receives.
