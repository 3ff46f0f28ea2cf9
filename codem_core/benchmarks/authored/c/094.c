//@@ header
#include <stdio.h>
//@@ helpers
//@@ doc_append
//@@ signature
int skjkasdkd(int lst[], int size) {
//@@ solution
    int largest = 0, sum = 0, num, temp;

    for (int i = 0; i < size; ++i) {
        num = lst[i];
        if (num > 1) {
            int prime = 1;
            for (int j = 2; j * j <= num; ++j) {
                if (num % j == 0) {
                    prime = 0;
                    break;
                }
            }
            if (prime) {
                largest = num > largest ? num : largest;
            }
        }
    }

    while (largest > 0) {
        sum += largest % 10;
        largest /= 10;
    }

    return sum;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        int a0[] = {0, 3, 2, 1, 3, 5, 7, 4, 5, 5, 5, 2, 181, 32, 4, 32, 3, 2, 32, 324, 4, 3};
        assert(skjkasdkd(a0, 22) == 10);
    }
    {
        int a0[] = {1, 0, 1, 8, 2, 4597, 2, 1, 3, 40, 1, 2, 1, 2, 4, 2, 5, 1};
        assert(skjkasdkd(a0, 18) == 25);
    }
    {
        int a0[] = {1, 3, 1, 32, 5107, 34, 83278, 109, 163, 23, 2323, 32, 30, 1, 9, 3};
        assert(skjkasdkd(a0, 16) == 13);
    }
    {
        int a0[] = {0, 724, 32, 71, 99, 32, 6, 0, 5, 91, 83, 0, 5, 6};
        assert(skjkasdkd(a0, 14) == 11);
    }
    {
        int a0[] = {0, 81, 12, 3, 1, 21};
        assert(skjkasdkd(a0, 6) == 3);
    }
    {
        int a0[] = {0, 8, 1, 2, 1, 7};
        assert(skjkasdkd(a0, 6) == 7);
    }
    {
        int a0[] = {8191};
        assert(skjkasdkd(a0, 1) == 19);
    }
    {
        int a0[] = {8191, 123456, 127, 7};
        assert(skjkasdkd(a0, 4) == 19);
    }
    {
        int a0[] = {127, 97, 8192};
        assert(skjkasdkd(a0, 3) == 10);
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
        int a0[] = {0, 3, 2, 1, 3, 5, 7, 4, 5, 5, 5, 2, 181, 32, 4, 32, 3, 2, 32, 324, 4, 3};
        assert(skjkasdkd(a0, 22) == 10);
    }
    {
        int a0[] = {1, 0, 1, 8, 2, 4597, 2, 1, 3, 40, 1, 2, 1, 2, 4, 2, 5, 1};
        assert(skjkasdkd(a0, 18) == 25);
    }
    {
        int a0[] = {1, 3, 1, 32, 5107, 34, 83278, 109, 163, 23, 2323, 32, 30, 1, 9, 3};
        assert(skjkasdkd(a0, 16) == 13);
    }
    {
        int a0[] = {0, 724, 32, 71, 99, 32, 6, 0, 5, 91, 83, 0, 5, 6};
        assert(skjkasdkd(a0, 14) == 11);
    }
    {
        int a0[] = {0, 81, 12, 3, 1, 21};
        assert(skjkasdkd(a0, 6) == 3);
    }
    {
        int a0[] = {0, 8, 1, 2, 1, 7};
        assert(skjkasdkd(a0, 6) == 7);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed skjkasdkd.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
