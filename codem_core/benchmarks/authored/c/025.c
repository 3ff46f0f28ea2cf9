//@@ header
#include <stdio.h>
#include <stdlib.h>
//@@ helpers
//@@ doc_append
The result is allocated with malloc; the caller frees it.
The number of elements of the result is stored in *size.
//@@ signature
int* factorize(int n, int* size) {
//@@ solution
    int* out = malloc(sizeof(int) * 64);
    *size = 0;
    for (int i = 2; i * i <= n; i++) {
        while (n % i == 0) {
            n = n / i;
            out[(*size)++] = i;
        }
    }
    if (n > 1) {
        out[(*size)++] = n;
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
        int n = -1;
        int *r = factorize(2, &n);
        assert(n == 1);
        assert(r[0] == 2);
        free(r);
    }
    {
        int n = -1;
        int *r = factorize(4, &n);
        assert(n == 2);
        assert(r[0] == 2);
        assert(r[1] == 2);
        free(r);
    }
    {
        int n = -1;
        int *r = factorize(8, &n);
        assert(n == 3);
        assert(r[0] == 2);
        assert(r[1] == 2);
        assert(r[2] == 2);
        free(r);
    }
    {
        int n = -1;
        int *r = factorize(57, &n);
        assert(n == 2);
        assert(r[0] == 3);
        assert(r[1] == 19);
        free(r);
    }
    {
        int n = -1;
        int *r = factorize(3249, &n);
        assert(n == 4);
        assert(r[0] == 3);
        assert(r[1] == 3);
        assert(r[2] == 19);
        assert(r[3] == 19);
        free(r);
    }
    {
        int n = -1;
        int *r = factorize(185193, &n);
        assert(n == 6);
        assert(r[0] == 3);
        assert(r[1] == 3);
        assert(r[2] == 3);
        assert(r[3] == 19);
        assert(r[4] == 19);
        assert(r[5] == 19);
        free(r);
    }
    {
        int n = -1;
        int *r = factorize(20577, &n);
        assert(n == 4);
        assert(r[0] == 3);
        assert(r[1] == 19);
        assert(r[2] == 19);
        assert(r[3] == 19);
        free(r);
    }
    {
        int n = -1;
        int *r = factorize(18, &n);
        assert(n == 3);
        assert(r[0] == 2);
        assert(r[1] == 3);
        assert(r[2] == 3);
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
        int *r = factorize(8, &n);
        assert(n == 3);
        assert(r[0] == 2);
        assert(r[1] == 2);
        assert(r[2] == 2);
        free(r);
    }
    {
        int n = -1;
        int *r = factorize(25, &n);
        assert(n == 2);
        assert(r[0] == 5);
        assert(r[1] == 5);
        free(r);
    }
    {
        int n = -1;
        int *r = factorize(70, &n);
        assert(n == 3);
        assert(r[0] == 2);
        assert(r[1] == 5);
        assert(r[2] == 7);
        free(r);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed factorize.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
