//@@ header
#include <stdio.h>
#include <stdlib.h>
//@@ helpers
//@@ doc_append
The result is allocated with malloc; the caller frees it.
The number of elements of the result is stored in *out_size.
//@@ signature
int *common(int *l1, int size1, int *l2, int size2, int *out_size) {
//@@ solution
    int *out = malloc(size1 * sizeof(int));
    int k = 0, i, j, m;

    for (i = 0; i < size1; i++) {
        int exists_in_out = 0;
        for (m = 0; m < k; m++) {
            if (out[m] == l1[i]) {
                exists_in_out = 1;
                break;
            }
        }
        if (!exists_in_out) {
            for (j = 0; j < size2; j++) {
                if (l1[i] == l2[j]) {
                    out[k++] = l1[i];
                    break;
                }
            }
        }
    }

    for (i = 0; i < k - 1; i++) {
        for (j = 0; j < k - i - 1; j++) {
            if (out[j] > out[j + 1]) {
                int temp = out[j];
                out[j] = out[j + 1];
                out[j + 1] = temp;
            }
        }
    }

    *out_size = k;
    return out;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        int a0[] = {1, 4, 3, 34, 653, 2, 5};
        int a1[] = {5, 7, 1, 5, 9, 653, 121};
        int n = -1;
        int *r = common(a0, 7, a1, 7, &n);
        assert(n == 3);
        assert(r[0] == 1);
        assert(r[1] == 5);
        assert(r[2] == 653);
        free(r);
    }
    {
        int a0[] = {5, 3, 2, 8};
        int a1[] = {3, 2};
        int n = -1;
        int *r = common(a0, 4, a1, 2, &n);
        assert(n == 2);
        assert(r[0] == 2);
        assert(r[1] == 3);
        free(r);
    }
    {
        int a0[] = {4, 3, 2, 8};
        int a1[] = {3, 2, 4};
        int n = -1;
        int *r = common(a0, 4, a1, 3, &n);
        assert(n == 3);
        assert(r[0] == 2);
        assert(r[1] == 3);
        assert(r[2] == 4);
        free(r);
    }
    {
        int a0[] = {4, 3, 2, 8};
        int a1[] = {0};
        int n = -1;
        int *r = common(a0, 4, a1, 0, &n);
        assert(n == 0);
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
        int a0[] = {1, 4, 3, 34, 653, 2, 5};
        int a1[] = {5, 7, 1, 5, 9, 653, 121};
        int n = -1;
        int *r = common(a0, 7, a1, 7, &n);
        assert(n == 3);
        assert(r[0] == 1);
        assert(r[1] == 5);
        assert(r[2] == 653);
        free(r);
    }
    {
        int a0[] = {5, 3, 2, 8};
        int a1[] = {3, 2};
        int n = -1;
        int *r = common(a0, 4, a1, 2, &n);
        assert(n == 2);
        assert(r[0] == 2);
        assert(r[1] == 3);
        free(r);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed common.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
