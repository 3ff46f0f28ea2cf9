//@@ header
#include <stdio.h>
#include <stdlib.h>
//@@ helpers
//@@ doc_append
The returned array is allocated with malloc; the caller frees it.
The number of elements of the result is stored in *out_len.
//@@ signature
int *sort_third(const int *l, int size, int *out_len) {
//@@ solution
    int *third = malloc((size / 3 + 1) * sizeof(int));
    int *out = malloc((size > 0 ? size : 1) * sizeof(int));
    int i, k = 0, third_size = 0;

    for (i = 0; i * 3 < size; i++) {
        third[i] = l[i * 3];
        third_size++;
    }

    for (i = 0; i < third_size - 1; i++) {
        int min_idx = i;
        for (k = i + 1; k < third_size; k++) {
            if (third[k] < third[min_idx])
                min_idx = k;
        }
        if (min_idx != i) {
            int temp = third[i];
            third[i] = third[min_idx];
            third[min_idx] = temp;
        }
    }

    for (i = 0; i < size; i++) {
        if (i % 3 == 0) {
            out[i] = third[i / 3];
        } else {
            out[i] = l[i];
        }
    }

    free(third);
    *out_len = size;
    return out;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    { int l[] = {1, 2, 3}; int n = -1; int *r = sort_third(l, 3, &n); assert(n == 3); assert(r[0] == 1); assert(r[1] == 2); assert(r[2] == 3); free(r); }
    { int l[] = {5, 3, -5, 2, -3, 3, 9, 0, 123, 1, -10}; int n = -1; int *r = sort_third(l, 11, &n); assert(n == 11); assert(r[0] == 1); assert(r[1] == 3); assert(r[2] == -5); assert(r[3] == 2); assert(r[4] == -3); assert(r[5] == 3); assert(r[6] == 5); assert(r[7] == 0); assert(r[8] == 123); assert(r[9] == 9); assert(r[10] == -10); free(r); }
    { int l[] = {5, 8, -12, 4, 23, 2, 3, 11, 12, -10}; int n = -1; int *r = sort_third(l, 10, &n); assert(n == 10); assert(r[0] == -10); assert(r[1] == 8); assert(r[2] == -12); assert(r[3] == 3); assert(r[4] == 23); assert(r[5] == 2); assert(r[6] == 4); assert(r[7] == 11); assert(r[8] == 12); assert(r[9] == 5); free(r); }
    { int l[] = {5, 6, 3, 4, 8, 9, 2}; int n = -1; int *r = sort_third(l, 7, &n); assert(n == 7); assert(r[0] == 2); assert(r[1] == 6); assert(r[2] == 3); assert(r[3] == 4); assert(r[4] == 8); assert(r[5] == 9); assert(r[6] == 5); free(r); }
    { int l[] = {5, 8, 3, 4, 6, 9, 2}; int n = -1; int *r = sort_third(l, 7, &n); assert(n == 7); assert(r[0] == 2); assert(r[1] == 8); assert(r[2] == 3); assert(r[3] == 4); assert(r[4] == 6); assert(r[5] == 9); assert(r[6] == 5); free(r); }
    { int l[] = {5, 6, 9, 4, 8, 3, 2}; int n = -1; int *r = sort_third(l, 7, &n); assert(n == 7); assert(r[0] == 2); assert(r[1] == 6); assert(r[2] == 9); assert(r[3] == 4); assert(r[4] == 8); assert(r[5] == 3); assert(r[6] == 5); free(r); }
    { int l[] = {5, 6, 3, 4, 8, 9, 2, 1}; int n = -1; int *r = sort_third(l, 8, &n); assert(n == 8); assert(r[0] == 2); assert(r[1] == 6); assert(r[2] == 3); assert(r[3] == 4); assert(r[4] == 8); assert(r[5] == 9); assert(r[6] == 5); assert(r[7] == 1); free(r); }
    return 0;
}
//@@ example_test
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed sort_third.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
Hand: test by hand; the C++ test's first three asserts compared the function with itself, here they check values computed from HumanEval's definition.
Hand (C conventions): caller buffer out -> returned malloc'd array + out_len.
