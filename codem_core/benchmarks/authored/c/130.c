//@@ header
#include <stdio.h>
#include <stdlib.h>
//@@ helpers
//@@ doc_append
The returned array is allocated with malloc; the caller frees it.
The number of elements of the result is stored in *out_len.
//@@ signature
int *tri(int n, int *out_len) {
//@@ solution
    int* out = (int*)malloc((n + 1) * sizeof(int));
    *out_len = n + 1;
    out[0] = 1;
    if (n == 0) return out;
    out[1] = 3;
    for (int i = 2; i <= n; i++) {
        if (i % 2 == 0) out[i] = 1 + i / 2;
        else out[i] = out[i - 1] + out[i - 2] + 1 + (i + 1) / 2;
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
        int *r = tri(3, &n);
        assert(n == 4);
        assert(r[0] == 1);
        assert(r[1] == 3);
        assert(r[2] == 2);
        assert(r[3] == 8);
        free(r);
    }
    {
        int n = -1;
        int *r = tri(4, &n);
        assert(n == 5);
        assert(r[0] == 1);
        assert(r[1] == 3);
        assert(r[2] == 2);
        assert(r[3] == 8);
        assert(r[4] == 3);
        free(r);
    }
    {
        int n = -1;
        int *r = tri(5, &n);
        assert(n == 6);
        assert(r[0] == 1);
        assert(r[1] == 3);
        assert(r[2] == 2);
        assert(r[3] == 8);
        assert(r[4] == 3);
        assert(r[5] == 15);
        free(r);
    }
    {
        int n = -1;
        int *r = tri(6, &n);
        assert(n == 7);
        assert(r[0] == 1);
        assert(r[1] == 3);
        assert(r[2] == 2);
        assert(r[3] == 8);
        assert(r[4] == 3);
        assert(r[5] == 15);
        assert(r[6] == 4);
        free(r);
    }
    {
        int n = -1;
        int *r = tri(7, &n);
        assert(n == 8);
        assert(r[0] == 1);
        assert(r[1] == 3);
        assert(r[2] == 2);
        assert(r[3] == 8);
        assert(r[4] == 3);
        assert(r[5] == 15);
        assert(r[6] == 4);
        assert(r[7] == 24);
        free(r);
    }
    {
        int n = -1;
        int *r = tri(8, &n);
        assert(n == 9);
        assert(r[0] == 1);
        assert(r[1] == 3);
        assert(r[2] == 2);
        assert(r[3] == 8);
        assert(r[4] == 3);
        assert(r[5] == 15);
        assert(r[6] == 4);
        assert(r[7] == 24);
        assert(r[8] == 5);
        free(r);
    }
    {
        int n = -1;
        int *r = tri(9, &n);
        assert(n == 10);
        assert(r[0] == 1);
        assert(r[1] == 3);
        assert(r[2] == 2);
        assert(r[3] == 8);
        assert(r[4] == 3);
        assert(r[5] == 15);
        assert(r[6] == 4);
        assert(r[7] == 24);
        assert(r[8] == 5);
        assert(r[9] == 35);
        free(r);
    }
    {
        int n = -1;
        int *r = tri(20, &n);
        assert(n == 21);
        assert(r[0] == 1);
        assert(r[1] == 3);
        assert(r[2] == 2);
        assert(r[3] == 8);
        assert(r[4] == 3);
        assert(r[5] == 15);
        assert(r[6] == 4);
        assert(r[7] == 24);
        assert(r[8] == 5);
        assert(r[9] == 35);
        assert(r[10] == 6);
        assert(r[11] == 48);
        assert(r[12] == 7);
        assert(r[13] == 63);
        assert(r[14] == 8);
        assert(r[15] == 80);
        assert(r[16] == 9);
        assert(r[17] == 99);
        assert(r[18] == 10);
        assert(r[19] == 120);
        assert(r[20] == 11);
        free(r);
    }
    {
        int n = -1;
        int *r = tri(0, &n);
        assert(n == 1);
        assert(r[0] == 1);
        free(r);
    }
    {
        int n = -1;
        int *r = tri(1, &n);
        assert(n == 2);
        assert(r[0] == 1);
        assert(r[1] == 3);
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
        int *r = tri(3, &n);
        assert(n == 4);
        assert(r[0] == 1);
        assert(r[1] == 3);
        assert(r[2] == 2);
        assert(r[3] == 8);
        free(r);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed tri.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
Hand (C conventions): out_len added (returned arrays carry their length).
