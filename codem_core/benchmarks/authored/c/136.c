//@@ header
#include <stdio.h>
#include <stdlib.h>
//@@ helpers
//@@ doc_append
The returned array {a, b} is allocated with malloc; the caller frees it.
The number of elements of the result (2) is stored in *out_len.
//@@ signature
int *largest_smallest_integers(const int *lst, int size, int *out_len) {
//@@ solution
    int maxneg = 0;
    int minpos = 0;
    for (int i = 0; i < size; i++) {
        if (lst[i] < 0 && (maxneg == 0 || lst[i] > maxneg)) maxneg = lst[i];
        if (lst[i] > 0 && (minpos == 0 || lst[i] < minpos)) minpos = lst[i];
    }
    int *out = malloc(2 * sizeof(int));
    out[0] = maxneg;
    out[1] = minpos;
    *out_len = 2;
    return out;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        int a0[] = {2, 4, 1, 3, 5, 7};
        int n = -1;
        int *r = largest_smallest_integers(a0, 6, &n);
        assert(n == 2);
        assert(r[0] == 0);
        assert(r[1] == 1);
        free(r);
    }
    {
        int a0[] = {2, 4, 1, 3, 5, 7, 0};
        int n = -1;
        int *r = largest_smallest_integers(a0, 7, &n);
        assert(n == 2);
        assert(r[0] == 0);
        assert(r[1] == 1);
        free(r);
    }
    {
        int a0[] = {1, 3, 2, 4, 5, 6, -2};
        int n = -1;
        int *r = largest_smallest_integers(a0, 7, &n);
        assert(n == 2);
        assert(r[0] == -2);
        assert(r[1] == 1);
        free(r);
    }
    {
        int a0[] = {4, 5, 3, 6, 2, 7, -7};
        int n = -1;
        int *r = largest_smallest_integers(a0, 7, &n);
        assert(n == 2);
        assert(r[0] == -7);
        assert(r[1] == 2);
        free(r);
    }
    {
        int a0[] = {7, 3, 8, 4, 9, 2, 5, -9};
        int n = -1;
        int *r = largest_smallest_integers(a0, 8, &n);
        assert(n == 2);
        assert(r[0] == -9);
        assert(r[1] == 2);
        free(r);
    }
    {
        int a0[] = {0};
        int n = -1;
        int *r = largest_smallest_integers(a0, 0, &n);
        assert(n == 2);
        assert(r[0] == 0);
        assert(r[1] == 0);
        free(r);
    }
    {
        int a0[] = {0};
        int n = -1;
        int *r = largest_smallest_integers(a0, 1, &n);
        assert(n == 2);
        assert(r[0] == 0);
        assert(r[1] == 0);
        free(r);
    }
    {
        int a0[] = {-1, -3, -5, -6};
        int n = -1;
        int *r = largest_smallest_integers(a0, 4, &n);
        assert(n == 2);
        assert(r[0] == -1);
        assert(r[1] == 0);
        free(r);
    }
    {
        int a0[] = {-1, -3, -5, -6, 0};
        int n = -1;
        int *r = largest_smallest_integers(a0, 5, &n);
        assert(n == 2);
        assert(r[0] == -1);
        assert(r[1] == 0);
        free(r);
    }
    {
        int a0[] = {-6, -4, -4, -3, 1};
        int n = -1;
        int *r = largest_smallest_integers(a0, 5, &n);
        assert(n == 2);
        assert(r[0] == -3);
        assert(r[1] == 1);
        free(r);
    }
    {
        int a0[] = {-6, -4, -4, -3, -100, 1};
        int n = -1;
        int *r = largest_smallest_integers(a0, 6, &n);
        assert(n == 2);
        assert(r[0] == -3);
        assert(r[1] == 1);
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
        int a0[] = {2, 4, 1, 3, 5, 7};
        int n = -1;
        int *r = largest_smallest_integers(a0, 6, &n);
        assert(n == 2);
        assert(r[0] == 0);
        assert(r[1] == 1);
        free(r);
    }
    {
        int a0[] = {0};
        int n = -1;
        int *r = largest_smallest_integers(a0, 0, &n);
        assert(n == 2);
        assert(r[0] == 0);
        assert(r[1] == 0);
        free(r);
    }
    {
        int a0[] = {0};
        int n = -1;
        int *r = largest_smallest_integers(a0, 1, &n);
        assert(n == 2);
        assert(r[0] == 0);
        assert(r[1] == 0);
        free(r);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed largest_smallest_integers.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
Hand (C conventions): caller buffer result[2] -> returned malloc'd array + out_len.
