//@@ header
#include <stdio.h>
#include <stdlib.h>
//@@ helpers
//@@ doc_append
The result is allocated with malloc; the caller frees it.
//@@ signature
char* rounded_avg(int n, int m) {
//@@ solution
    if (n > m) return "-1";
    int num = (m + n) / 2;
    char* out = (char*)malloc(33);
    out[0] = '\0';

    int index = 32;
    out[index--] = '\0';

    do {
        out[index--] = '0' + num % 2;
        num /= 2;
    } while (num > 0);

    return &out[index + 1]; 
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        assert(strcmp(rounded_avg(1, 5), "11") == 0);
    }
    {
        assert(strcmp(rounded_avg(7, 13), "1010") == 0);
    }
    {
        assert(strcmp(rounded_avg(964, 977), "1111001010") == 0);
    }
    {
        assert(strcmp(rounded_avg(996, 997), "1111100100") == 0);
    }
    {
        assert(strcmp(rounded_avg(560, 851), "1011000001") == 0);
    }
    {
        assert(strcmp(rounded_avg(185, 546), "101101101") == 0);
    }
    {
        assert(strcmp(rounded_avg(362, 496), "110101101") == 0);
    }
    {
        assert(strcmp(rounded_avg(350, 902), "1001110010") == 0);
    }
    {
        assert(strcmp(rounded_avg(197, 233), "11010111") == 0);
    }
    {
        assert(strcmp(rounded_avg(7, 5), "-1") == 0);
    }
    {
        assert(strcmp(rounded_avg(5, 1), "-1") == 0);
    }
    {
        assert(strcmp(rounded_avg(5, 5), "101") == 0);
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
        assert(strcmp(rounded_avg(1, 5), "11") == 0);
    }
    {
        assert(strcmp(rounded_avg(7, 5), "-1") == 0);
    }
    {
        assert(strcmp(rounded_avg(10, 20), "1111") == 0);
    }
    {
        assert(strcmp(rounded_avg(20, 33), "11010") == 0);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed rounded_avg.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
