//@@ header
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
//@@ helpers
//@@ doc_append
The returned string is allocated with malloc; the caller frees it.
//@@ signature
char* rounded_avg(int n, int m) {
//@@ solution
    if (n > m) return strdup("-1");
    int num = (m + n) / 2;
    char bits[33];
    int index = 32;
    bits[index--] = '\0';

    do {
        bits[index--] = '0' + num % 2;
        num /= 2;
    } while (num > 0);

    return strdup(&bits[index + 1]);
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        char *r = rounded_avg(1, 5);
        assert(strcmp(r, "11") == 0);
        free(r);
    }
    {
        char *r = rounded_avg(7, 13);
        assert(strcmp(r, "1010") == 0);
        free(r);
    }
    {
        char *r = rounded_avg(964, 977);
        assert(strcmp(r, "1111001010") == 0);
        free(r);
    }
    {
        char *r = rounded_avg(996, 997);
        assert(strcmp(r, "1111100100") == 0);
        free(r);
    }
    {
        char *r = rounded_avg(560, 851);
        assert(strcmp(r, "1011000001") == 0);
        free(r);
    }
    {
        char *r = rounded_avg(185, 546);
        assert(strcmp(r, "101101101") == 0);
        free(r);
    }
    {
        char *r = rounded_avg(362, 496);
        assert(strcmp(r, "110101101") == 0);
        free(r);
    }
    {
        char *r = rounded_avg(350, 902);
        assert(strcmp(r, "1001110010") == 0);
        free(r);
    }
    {
        char *r = rounded_avg(197, 233);
        assert(strcmp(r, "11010111") == 0);
        free(r);
    }
    {
        char *r = rounded_avg(7, 5);
        assert(strcmp(r, "-1") == 0);
        free(r);
    }
    {
        char *r = rounded_avg(5, 1);
        assert(strcmp(r, "-1") == 0);
        free(r);
    }
    {
        char *r = rounded_avg(5, 5);
        assert(strcmp(r, "101") == 0);
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
        char *r = rounded_avg(1, 5);
        assert(strcmp(r, "11") == 0);
        free(r);
    }
    {
        char *r = rounded_avg(7, 5);
        assert(strcmp(r, "-1") == 0);
        free(r);
    }
    {
        char *r = rounded_avg(10, 20);
        assert(strcmp(r, "1111") == 0);
        free(r);
    }
    {
        char *r = rounded_avg(20, 33);
        assert(strcmp(r, "11010") == 0);
        free(r);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed rounded_avg.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
Hand (C conventions): always returns a malloc'd string (LLM4Decompile returned a string constant or a pointer into its buffer, neither of which the caller could free).
