//@@ header
#include <stdio.h>
#include <stdlib.h>
//@@ helpers
//@@ doc_append
The returned array {even, odd} is allocated with malloc; the caller frees it.
The number of elements of the result (2) is stored in *out_len.
//@@ signature
int *even_odd_count(int num, int *out_len) {
//@@ solution
    int even_count = 0, odd_count = 0;
    num = abs(num);

    do {
        int digit = num % 10;
        if (digit % 2 == 0) {
            even_count++;
        } else {
            odd_count++;
        }
        num /= 10;
    } while (num > 0);

    int *out = malloc(2 * sizeof(int));
    out[0] = even_count;
    out[1] = odd_count;
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
        int n = -1;
        int *r = even_odd_count(7, &n);
        assert(n == 2);
        assert(r[0] == 0);
        assert(r[1] == 1);
        free(r);
    }
    {
        int n = -1;
        int *r = even_odd_count(-78, &n);
        assert(n == 2);
        assert(r[0] == 1);
        assert(r[1] == 1);
        free(r);
    }
    {
        int n = -1;
        int *r = even_odd_count(3452, &n);
        assert(n == 2);
        assert(r[0] == 2);
        assert(r[1] == 2);
        free(r);
    }
    {
        int n = -1;
        int *r = even_odd_count(346211, &n);
        assert(n == 2);
        assert(r[0] == 3);
        assert(r[1] == 3);
        free(r);
    }
    {
        int n = -1;
        int *r = even_odd_count(-345821, &n);
        assert(n == 2);
        assert(r[0] == 3);
        assert(r[1] == 3);
        free(r);
    }
    {
        int n = -1;
        int *r = even_odd_count(-2, &n);
        assert(n == 2);
        assert(r[0] == 1);
        assert(r[1] == 0);
        free(r);
    }
    {
        int n = -1;
        int *r = even_odd_count(-45347, &n);
        assert(n == 2);
        assert(r[0] == 2);
        assert(r[1] == 3);
        free(r);
    }
    {
        int n = -1;
        int *r = even_odd_count(0, &n);
        assert(n == 2);
        assert(r[0] == 1);
        assert(r[1] == 0);
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
        int *r = even_odd_count(-12, &n);
        assert(n == 2);
        assert(r[0] == 1);
        assert(r[1] == 1);
        free(r);
    }
    {
        int n = -1;
        int *r = even_odd_count(123, &n);
        assert(n == 2);
        assert(r[0] == 1);
        assert(r[1] == 2);
        free(r);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed even_odd_count.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
Hand (C conventions): caller buffer result -> returned malloc'd array + out_len.
