//@@ header
#include <stdio.h>
#include <stdlib.h>
//@@ helpers
//@@ doc_append
The returned array is allocated with malloc; the caller frees it.
The number of elements of the result is stored in *out_len.
//@@ signature
int *f(int n, int *out_len) {
//@@ solution
    int* out = (int*)malloc((n > 0 ? n : 1) * sizeof(int));
    int sum = 0, prod = 1;
    for (int i = 1; i <= n; i++) {
        sum += i;
        prod *= i;
        if (i % 2 == 0) out[i - 1] = prod;
        else out[i - 1] = sum;
    }
    *out_len = n;
    return out;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        int n = -1;
        int *r = f(5, &n);
        assert(n == 5);
        assert(r[0] == 1);
        assert(r[1] == 2);
        assert(r[2] == 6);
        assert(r[3] == 24);
        assert(r[4] == 15);
        free(r);
    }
    {
        int n = -1;
        int *r = f(7, &n);
        assert(n == 7);
        assert(r[0] == 1);
        assert(r[1] == 2);
        assert(r[2] == 6);
        assert(r[3] == 24);
        assert(r[4] == 15);
        assert(r[5] == 720);
        assert(r[6] == 28);
        free(r);
    }
    {
        int n = -1;
        int *r = f(1, &n);
        assert(n == 1);
        assert(r[0] == 1);
        free(r);
    }
    {
        int n = -1;
        int *r = f(3, &n);
        assert(n == 3);
        assert(r[0] == 1);
        assert(r[1] == 2);
        assert(r[2] == 6);
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
        int n = -1;
        int *r = f(5, &n);
        assert(n == 5);
        assert(r[0] == 1);
        assert(r[1] == 2);
        assert(r[2] == 6);
        assert(r[3] == 24);
        assert(r[4] == 15);
        free(r);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed f.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
Hand (C conventions): out_len added (returned arrays carry their length).
