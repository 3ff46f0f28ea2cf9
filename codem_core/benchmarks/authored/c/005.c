//@@ header
#include <stdio.h>
#include <stdlib.h>
//@@ helpers
//@@ doc_append
The result is allocated with malloc; the caller frees it.
The number of elements of the result is stored in *out_size.
//@@ signature
int *intersperse(const int numbers[], int size, int delimiter, int *out_size) {
//@@ solution
    *out_size = size > 0 ? (size * 2) - 1 : 0;
    int *out = (int *)malloc(*out_size * sizeof(int));
    if (size > 0) out[0] = numbers[0];
    for (int i = 1, j = 1; i < size; ++i) {
        out[j++] = delimiter;
        out[j++] = numbers[i];
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
        int *r = intersperse(a0, 0, 7, &n);
        assert(n == 0);
        free(r);
    }
    {
        int a0[] = {5, 6, 3, 2};
        int n = -1;
        int *r = intersperse(a0, 4, 8, &n);
        assert(n == 7);
        assert(r[0] == 5);
        assert(r[1] == 8);
        assert(r[2] == 6);
        assert(r[3] == 8);
        assert(r[4] == 3);
        assert(r[5] == 8);
        assert(r[6] == 2);
        free(r);
    }
    {
        int a0[] = {2, 2, 2};
        int n = -1;
        int *r = intersperse(a0, 3, 2, &n);
        assert(n == 5);
        assert(r[0] == 2);
        assert(r[1] == 2);
        assert(r[2] == 2);
        assert(r[3] == 2);
        assert(r[4] == 2);
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
        int a0[] = {0};
        int n = -1;
        int *r = intersperse(a0, 0, 4, &n);
        assert(n == 0);
        free(r);
    }
    {
        int a0[] = {1, 2, 3};
        int n = -1;
        int *r = intersperse(a0, 3, 4, &n);
        assert(n == 5);
        assert(r[0] == 1);
        assert(r[1] == 4);
        assert(r[2] == 2);
        assert(r[3] == 4);
        assert(r[4] == 3);
        free(r);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed intersperse.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
