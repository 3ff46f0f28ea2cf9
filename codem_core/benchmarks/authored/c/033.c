//@@ header
#include <stdio.h>
#include <stdlib.h>
//@@ helpers
//@@ doc_append
out receives size ints.
//@@ signature
void sort_third(int *l, int size, int *out) {
//@@ solution
    int *third = malloc((size / 3 + 1) * sizeof(int));
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
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    { int l[] = {1, 2, 3}; int out[16] = {0}; sort_third(l, 3, out); assert(out[0] == 1); assert(out[1] == 2); assert(out[2] == 3); }
    { int l[] = {5, 3, -5, 2, -3, 3, 9, 0, 123, 1, -10}; int out[16] = {0}; sort_third(l, 11, out); assert(out[0] == 1); assert(out[1] == 3); assert(out[2] == -5); assert(out[3] == 2); assert(out[4] == -3); assert(out[5] == 3); assert(out[6] == 5); assert(out[7] == 0); assert(out[8] == 123); assert(out[9] == 9); assert(out[10] == -10); }
    { int l[] = {5, 8, -12, 4, 23, 2, 3, 11, 12, -10}; int out[16] = {0}; sort_third(l, 10, out); assert(out[0] == -10); assert(out[1] == 8); assert(out[2] == -12); assert(out[3] == 3); assert(out[4] == 23); assert(out[5] == 2); assert(out[6] == 4); assert(out[7] == 11); assert(out[8] == 12); assert(out[9] == 5); }
    { int l[] = {5, 6, 3, 4, 8, 9, 2}; int out[16] = {0}; sort_third(l, 7, out); assert(out[0] == 2); assert(out[1] == 6); assert(out[2] == 3); assert(out[3] == 4); assert(out[4] == 8); assert(out[5] == 9); assert(out[6] == 5); }
    { int l[] = {5, 8, 3, 4, 6, 9, 2}; int out[16] = {0}; sort_third(l, 7, out); assert(out[0] == 2); assert(out[1] == 8); assert(out[2] == 3); assert(out[3] == 4); assert(out[4] == 6); assert(out[5] == 9); assert(out[6] == 5); }
    { int l[] = {5, 6, 9, 4, 8, 3, 2}; int out[16] = {0}; sort_third(l, 7, out); assert(out[0] == 2); assert(out[1] == 6); assert(out[2] == 9); assert(out[3] == 4); assert(out[4] == 8); assert(out[5] == 3); assert(out[6] == 5); }
    { int l[] = {5, 6, 3, 4, 8, 9, 2, 1}; int out[16] = {0}; sort_third(l, 8, out); assert(out[0] == 2); assert(out[1] == 6); assert(out[2] == 3); assert(out[3] == 4); assert(out[4] == 8); assert(out[5] == 9); assert(out[6] == 5); assert(out[7] == 1); }
    return 0;
}
//@@ example_test
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed sort_third.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
Hand: test by hand; the C++ test's first three asserts compared the function with itself, here they check values computed from HumanEval's definition.
