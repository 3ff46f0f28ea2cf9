//@@ header
#include <stdio.h>
#include <stdlib.h>
//@@ helpers
//@@ doc_append
The returned array is allocated with malloc; the caller frees it.
The number of elements of the result is stored in *out_len.
//@@ signature
int *rolling_max(const int *numbers, int size, int *out_len) {
//@@ solution
    *out_len = size > 0 ? size : 0;
    if (size <= 0) {
        return NULL;
    }

    int *out = malloc(size * sizeof(int));
    int max = numbers[0];
    for (int i = 0; i < size; i++) {
        if (numbers[i] > max) max = numbers[i];
        out[i] = max;
    }
    return out;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        int a0[] = {0};
        int n = -1;
        int *r = rolling_max(a0, 0, &n);
        assert(n == 0);
        free(r);
    }
    {
        int a0[] = {1, 2, 3, 4};
        int n = -1;
        int *r = rolling_max(a0, 4, &n);
        assert(n == 4);
        assert(r[0] == 1);
        assert(r[1] == 2);
        assert(r[2] == 3);
        assert(r[3] == 4);
        free(r);
    }
    {
        int a0[] = {4, 3, 2, 1};
        int n = -1;
        int *r = rolling_max(a0, 4, &n);
        assert(n == 4);
        assert(r[0] == 4);
        assert(r[1] == 4);
        assert(r[2] == 4);
        assert(r[3] == 4);
        free(r);
    }
    {
        int a0[] = {3, 2, 3, 100, 3};
        int n = -1;
        int *r = rolling_max(a0, 5, &n);
        assert(n == 5);
        assert(r[0] == 3);
        assert(r[1] == 3);
        assert(r[2] == 3);
        assert(r[3] == 100);
        assert(r[4] == 100);
        free(r);
    }
    return 0;
}
//@@ example_test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        int a0[] = {1, 2, 3, 2, 3, 4, 2};
        int n = -1;
        int *r = rolling_max(a0, 7, &n);
        assert(n == 7);
        assert(r[0] == 1);
        assert(r[1] == 2);
        assert(r[2] == 3);
        assert(r[3] == 3);
        assert(r[4] == 3);
        assert(r[5] == 4);
        assert(r[6] == 4);
        free(r);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed rolling_max.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
Hand (C conventions): out_len added (returned arrays carry their length); doc no longer names *numbers as an output.
