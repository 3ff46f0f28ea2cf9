//@@ header
#include <stdio.h>
#include <string.h>
//@@ helpers
//@@ doc_append
//@@ signature
int digitSum(const char *s) {
//@@ solution
    int sum = 0;
    for (int i = 0; s[i] != '\0'; i++)
        if (s[i] >= 'A' && s[i] <= 'Z')
            sum += s[i];
    return sum;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        assert(digitSum("") == 0);
    }
    {
        assert(digitSum("abAB") == 131);
    }
    {
        assert(digitSum("abcCd") == 67);
    }
    {
        assert(digitSum("helloE") == 69);
    }
    {
        assert(digitSum("woArBld") == 131);
    }
    {
        assert(digitSum("aAaaaXa") == 153);
    }
    {
        assert(digitSum(" How are yOu?") == 151);
    }
    {
        assert(digitSum("You arE Very Smart") == 327);
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
        assert(digitSum("") == 0);
    }
    {
        assert(digitSum("abAB") == 131);
    }
    {
        assert(digitSum("abcCd") == 67);
    }
    {
        assert(digitSum("helloE") == 69);
    }
    {
        assert(digitSum("woArBld") == 131);
    }
    {
        assert(digitSum("aAaaaXa") == 153);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed digitSum.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
