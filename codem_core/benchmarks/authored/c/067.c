//@@ header
#include <stdio.h>
#include <stdlib.h>
#include <ctype.h>
//@@ helpers
//@@ doc_append
//@@ signature
int fruit_distribution(const char *s, int n) {
//@@ solution
    char num1[10] = "";
    char num2[10] = "";
    int is12 = 0, j = 0;

    for (int i = 0; s[i] != '\0'; i++) {
        if (isdigit(s[i])) {
            if (is12 == 0) {
                num1[j++] = s[i];
            } else {
                num2[j++] = s[i];
            }
        } else {
            if (is12 == 0 && j > 0) {
                is12 = 1;
                j = 0;
            }
        }
    }
    return n - atoi(num1) - atoi(num2);
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        assert(fruit_distribution("5 apples and 6 oranges", 19) == 8);
    }
    {
        assert(fruit_distribution("5 apples and 6 oranges", 21) == 10);
    }
    {
        assert(fruit_distribution("0 apples and 1 oranges", 3) == 2);
    }
    {
        assert(fruit_distribution("1 apples and 0 oranges", 3) == 2);
    }
    {
        assert(fruit_distribution("2 apples and 3 oranges", 100) == 95);
    }
    {
        assert(fruit_distribution("2 apples and 3 oranges", 5) == 0);
    }
    {
        assert(fruit_distribution("1 apples and 100 oranges", 120) == 19);
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
        assert(fruit_distribution("5 apples and 6 oranges", 19) == 8);
    }
    {
        assert(fruit_distribution("0 apples and 1 oranges", 3) == 2);
    }
    {
        assert(fruit_distribution("2 apples and 3 oranges", 100) == 95);
    }
    {
        assert(fruit_distribution("1 apples and 100 oranges", 120) == 19);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed fruit_distribution.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
