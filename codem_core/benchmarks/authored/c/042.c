//@@ header
#include <stdio.h>
#include <stdlib.h>
//@@ helpers
//@@ doc_append
The returned array is allocated with malloc; the caller frees it.
The number of elements of the result is stored in *out_len.
//@@ signature
int *incr_list(const int *l, int size, int *out_len) {
//@@ solution
    int *out = malloc((size > 0 ? size : 1) * sizeof(int));
    for (int i = 0; i < size; i++)
        out[i] = l[i] + 1;
    *out_len = size;
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
        int *r = incr_list(a0, 0, &n);
        assert(n == 0);
        free(r);
    }
    {
        int a0[] = {3, 2, 1};
        int n = -1;
        int *r = incr_list(a0, 3, &n);
        assert(n == 3);
        assert(r[0] == 4);
        assert(r[1] == 3);
        assert(r[2] == 2);
        free(r);
    }
    {
        int a0[] = {5, 2, 5, 2, 3, 3, 9, 0, 123};
        int n = -1;
        int *r = incr_list(a0, 9, &n);
        assert(n == 9);
        assert(r[0] == 6);
        assert(r[1] == 3);
        assert(r[2] == 6);
        assert(r[3] == 3);
        assert(r[4] == 4);
        assert(r[5] == 4);
        assert(r[6] == 10);
        assert(r[7] == 1);
        assert(r[8] == 124);
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
        int a0[] = {1, 2, 3};
        int n = -1;
        int *r = incr_list(a0, 3, &n);
        assert(n == 3);
        assert(r[0] == 2);
        assert(r[1] == 3);
        assert(r[2] == 4);
        free(r);
    }
    {
        int a0[] = {5, 2, 5, 2, 3, 3, 9, 0, 123};
        int n = -1;
        int *r = incr_list(a0, 9, &n);
        assert(n == 9);
        assert(r[0] == 6);
        assert(r[1] == 3);
        assert(r[2] == 6);
        assert(r[3] == 3);
        assert(r[4] == 4);
        assert(r[5] == 4);
        assert(r[6] == 10);
        assert(r[7] == 1);
        assert(r[8] == 124);
        free(r);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed incr_list.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
Hand (C conventions): in place -> returned malloc'd array + out_len (the input is const).
