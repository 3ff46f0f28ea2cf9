//@@ header
#include <stdio.h>
#include <stdlib.h>
//@@ helpers
//@@ doc_append
The returned array is allocated with malloc; the caller frees it.
The number of elements of the result (2) is stored in *out_len.
//@@ signature
int *even_odd_palindrome(int n, int *out_len) {
//@@ solution
    int* counts = (int*)malloc(2 * sizeof(int));
    counts[0] = 0;
    counts[1] = 0;

    for (int i = 1; i <= n; i++) {
        int reversed = 0, original = i;

        int number = i;
        while (number != 0) {
            reversed = reversed * 10 + number % 10;
            number /= 10;
        }

        if (original == reversed) {
            if (original % 2 == 0) counts[0]++;
            else counts[1]++;
        }
    }

    *out_len = 2;
    return counts;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        int n = -1;
        int *r = even_odd_palindrome(123, &n);
        assert(n == 2);
        assert(r[0] == 8);
        assert(r[1] == 13);
        free(r);
    }
    {
        int n = -1;
        int *r = even_odd_palindrome(12, &n);
        assert(n == 2);
        assert(r[0] == 4);
        assert(r[1] == 6);
        free(r);
    }
    {
        int n = -1;
        int *r = even_odd_palindrome(3, &n);
        assert(n == 2);
        assert(r[0] == 1);
        assert(r[1] == 2);
        free(r);
    }
    {
        int n = -1;
        int *r = even_odd_palindrome(63, &n);
        assert(n == 2);
        assert(r[0] == 6);
        assert(r[1] == 8);
        free(r);
    }
    {
        int n = -1;
        int *r = even_odd_palindrome(25, &n);
        assert(n == 2);
        assert(r[0] == 5);
        assert(r[1] == 6);
        free(r);
    }
    {
        int n = -1;
        int *r = even_odd_palindrome(19, &n);
        assert(n == 2);
        assert(r[0] == 4);
        assert(r[1] == 6);
        free(r);
    }
    {
        int n = -1;
        int *r = even_odd_palindrome(9, &n);
        assert(n == 2);
        assert(r[0] == 4);
        assert(r[1] == 5);
        free(r);
    }
    {
        int n = -1;
        int *r = even_odd_palindrome(1, &n);
        assert(n == 2);
        assert(r[0] == 0);
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
        int n = -1;
        int *r = even_odd_palindrome(12, &n);
        assert(n == 2);
        assert(r[0] == 4);
        assert(r[1] == 6);
        free(r);
    }
    {
        int n = -1;
        int *r = even_odd_palindrome(3, &n);
        assert(n == 2);
        assert(r[0] == 1);
        assert(r[1] == 2);
        free(r);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed even_odd_palindrome.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
Hand (C conventions): out_len added (returned arrays carry their length).
