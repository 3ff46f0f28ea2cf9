//@@ header
#include <stdio.h>
#include <stdlib.h>
//@@ helpers
//@@ doc_append
The result is allocated with malloc; the caller frees it.
//@@ signature
int* even_odd_palindrome(int n) {
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

    return counts;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        int *r = even_odd_palindrome(123);
        assert(r[0] == 8);
        assert(r[1] == 13);
    }
    {
        int *r = even_odd_palindrome(12);
        assert(r[0] == 4);
        assert(r[1] == 6);
    }
    {
        int *r = even_odd_palindrome(3);
        assert(r[0] == 1);
        assert(r[1] == 2);
    }
    {
        int *r = even_odd_palindrome(63);
        assert(r[0] == 6);
        assert(r[1] == 8);
    }
    {
        int *r = even_odd_palindrome(25);
        assert(r[0] == 5);
        assert(r[1] == 6);
    }
    {
        int *r = even_odd_palindrome(19);
        assert(r[0] == 4);
        assert(r[1] == 6);
    }
    {
        int *r = even_odd_palindrome(9);
        assert(r[0] == 4);
        assert(r[1] == 5);
    }
    {
        int *r = even_odd_palindrome(1);
        assert(r[0] == 0);
        assert(r[1] == 1);
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
        int *r = even_odd_palindrome(12);
        assert(r[0] == 4);
        assert(r[1] == 6);
    }
    {
        int *r = even_odd_palindrome(3);
        assert(r[0] == 1);
        assert(r[1] == 2);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed even_odd_palindrome.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
